// Where the services write the developer detail of a failure the user sees as a sentence: the LogFile
// in the data folder in the app, a recorder or nothing in tests.
import type { LogFile } from '../log/log-file';

export type ErrorLog = Pick<LogFile, 'error'>;

/** For services built without a data folder (unit tests): the detail is dropped. */
export const NO_LOG: ErrorLog = { error: () => true };
