// The reader page's first script: a module of its own, `async`, so that it runs as soon as it arrives, not after
// the app's code. It asks for the timeline the address names (`?src=`, `?timeline=` or the default) while that
// code loads, instead of after it has loaded and run; the app's first load takes this request over (both import
// the one instance of model/address.ts).
import { requestAddressed } from './lib/model/address';

requestAddressed(location.search, document);
