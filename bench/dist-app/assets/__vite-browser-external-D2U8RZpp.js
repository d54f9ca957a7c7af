import{t as e}from"./rolldown-runtime-COiEfhsA.js";var t=e(((e,t)=>{t.exports={}}));export default t();
//# sourceMappingURL=__vite-browser-external-D2U8RZpp.js.map