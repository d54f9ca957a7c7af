import { serveBuild } from './serve';
import { execSync } from 'node:child_process';
const b = await serveBuild('/work/main/bench/dist-app');
await new Promise(r=>setTimeout(r,100));
for (let i=0;i<3;i++) console.log(execSync(`curl -s -o /dev/null -w '%{time_starttransfer} %{time_total} %{size_download}\\n' ${b.url} ${b.url}assets/$(ls bench/dist-app/assets | grep '^index.*js$')`).toString());
console.log(execSync(`curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' ${b.url}assets/$(ls bench/dist-app/assets | grep '^index.*js$')`).toString());
await b.close();
