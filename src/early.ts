// The reader page's first script: a module of its own, `async`, so that it runs as soon as it arrives, not after
// the app's code. It asks for the timeline the address names (`?src=`, `?timeline=` or the default) while that
// code loads, instead of after it has loaded and run; the app's first load takes this request over (both import
// the one instance of model/address.ts).
import { requestAddressed, needsValidator } from './lib/model/address';

const file = requestAddressed(location.search, document);
// A timeline the build did not validate is validated on arrival: its code loads meanwhile, not after. The app's own
// import of it is then the same module, already there (and a failure is reported by the load that needs it).
if (file !== undefined && needsValidator(file)) import('./lib/model/validate').catch(() => undefined);
