/*
 * The export strings now live in the one dictionary, domain/messages.ts (`t` fills `{name}` placeholders as
 * `te` did). These aliases only keep ExportMenu and ExportAllBar compiling until they import `t` themselves;
 * then this file goes.
 */
export { t as te, type MessageKey as ExportMessageKey } from '../domain/messages';
