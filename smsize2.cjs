const {SourceMapConsumer}=require('source-map-js');const fs=require('fs');const zlib=require('zlib');
const js=fs.readFileSync(process.argv[2],'utf8');const map=JSON.parse(fs.readFileSync(process.argv[2]+'.map','utf8'));
const c=new SourceMapConsumer(map);const lines=js.split('\n');const per={};
let prev=null;
c.eachMapping(m=>{ if(prev){ if(prev.generatedLine===m.generatedLine){const s=lines[prev.generatedLine-1].slice(prev.generatedColumn,m.generatedColumn);const k=prev.source||'?';per[k]=(per[k]||'')+s;} } prev=m;});
let agg={};for(const [k,v] of Object.entries(per)){const d=k.replace(/^.*?\/(lib|components|entrypoints|node_modules\/[^/]+|public)\//,'$1/').split('/').slice(0,process.argv[3]?+process.argv[3]:2).join('/');agg[d]=(agg[d]||'')+v;}
const tot=zlib.gzipSync(js,{level:9}).length;
const rows=Object.entries(agg).map(([k,v])=>{ // marginal: gzip of whole minus this group's text approximated by gzip of group alone
 return [k,v.length,zlib.gzipSync(v,{level:9}).length];}).sort((a,b)=>b[2]-a[2]);
console.log('total gz',(tot/1024).toFixed(1));console.log(rows.slice(0,400).map(([k,l,g])=>(g/1024).toFixed(1)+'KBgz '+(l/1024).toFixed(1)+'KB '+k).join('\n'));
