// The catalogue shipped in resources/models.json, bundled into the code so the CLI and main find it
// wherever they run from (a checkout, dist/, or a packaged app).
import shippedJson from '../../resources/models.json';
import { parseCatalogue, withMirror, type Catalogue } from './catalogue';

/** The shipped catalogue; VOICEDRILL_MODEL_MIRROR points its downloads at a mirror with the same file names. */
export function shippedCatalogue(env: NodeJS.ProcessEnv = process.env): Catalogue {
  const catalogue = parseCatalogue(shippedJson);
  const mirror = env.VOICEDRILL_MODEL_MIRROR;
  return mirror ? withMirror(catalogue, mirror) : catalogue;
}
