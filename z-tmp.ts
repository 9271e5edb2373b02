import { currentCmsConfig, renderCmsConfig } from './cms/config/render-cms-config.ts';
const text = renderCmsConfig(currentCmsConfig());
console.log(text.length);
console.log(text.split('\n').slice(0, 200).join('\n'));
