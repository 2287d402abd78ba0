// Units that can follow a number, normalised to the short form reports use.

const UNIT_GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['%', ['%', 'percent', 'pct']],
  ['ms', ['ms', 'msec', 'millisecond', 'milliseconds']],
  ['s', ['sec', 'secs', 'second', 'seconds']],
  ['min', ['min', 'mins', 'minute', 'minutes']],
  ['h', ['hr', 'hrs', 'hour', 'hours']],
  ['days', ['day', 'days']],
  ['weeks', ['week', 'weeks']],
  ['months', ['month', 'months']],
  ['years', ['year', 'years']],
  ['$', ['$', 'dollar', 'dollars', 'buck', 'bucks', 'usd']],
  ['€', ['€', 'euro', 'euros', 'eur']],
  ['£', ['£', 'gbp', 'pound', 'pounds', 'quid']],
  // Other currencies, by name and code, so an amount is money whatever country the story is set in.
  ['₹', ['₹', 'rupee', 'rupees', 'inr']],
  ['¥', ['¥', 'yen', 'jpy', 'yuan', 'renminbi', 'rmb', 'cny']],
  ['CHF', ['chf', 'franc', 'francs']],
  ['R', ['rand', 'zar']],
  ['kr', ['krona', 'kronor', 'krone', 'kroner', 'sek', 'nok', 'dkk']],
  ['₩', ['₩', 'krw']],
  ['₱', ['₱', 'peso', 'pesos', 'mxn']],
  ['R$', ['reais', 'brl']],
  ['AED', ['dirham', 'dirhams', 'aed']],
  ['₦', ['₦', 'naira', 'ngn']],
  // Areas: land and floor space.
  ['acres', ['acre', 'acres']],
  ['ha', ['hectare', 'hectares']],
  ['x', ['x', '×', 'fold']],
  ['KB', ['kb', 'kilobyte', 'kilobytes']],
  ['MB', ['mb', 'megabyte', 'megabytes']],
  ['GB', ['gb', 'gigabyte', 'gigabytes']],
  ['TB', ['tb', 'terabyte', 'terabytes']],
  ['PB', ['pb', 'petabyte', 'petabytes']],
  ['GHz', ['ghz', 'gigahertz']],
  ['MHz', ['mhz', 'megahertz']],
  ['kW', ['kw', 'kilowatt', 'kilowatts']],
  ['MW', ['mw', 'megawatt', 'megawatts']],
  ['GW', ['gw', 'gigawatt', 'gigawatts']],
  ['kWh', ['kwh']],
  ['MWh', ['mwh']],
  ['GWh', ['gwh']],
  ['Mbps', ['mbps']],
  ['Gbps', ['gbps']],
  ['fps', ['fps']],
  ['rpm', ['rpm']],
  ['cores', ['core', 'cores']],
  ['CPUs', ['cpu', 'cpus', 'vcpu', 'vcpus']],
  ['instances', ['instance', 'instances']],
  ['pods', ['pod', 'pods']],
  ['containers', ['container', 'containers']],
  ['regions', ['region', 'regions']],
  ['countries', ['country', 'countries']],
  ['pages', ['page', 'pages']],
  ['files', ['file', 'files']],
  ['commits', ['commit', 'commits']],
  ['km', ['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers']],
  ['kg', ['kg', 'kilo', 'kilos', 'kilogram', 'kilograms']],
  ['L', ['litre', 'litres', 'liter', 'liters']],
  ['stars', ['star', 'stars']],
  ['points', ['point', 'points']],
  ['qps', ['qps']],
  ['rps', ['rps']],
  ['tps', ['tps']],
  ['users', ['user', 'users']],
  ['customers', ['customer', 'customers']],
  ['clients', ['client', 'clients']],
  ['requests', ['request', 'requests']],
  ['queries', ['query', 'queries']],
  ['transactions', ['transaction', 'transactions']],
  ['people', ['person', 'people']],
  ['engineers', ['engineer', 'engineers']],
  ['developers', ['developer', 'developers', 'dev', 'devs']],
  ['employees', ['employee', 'employees']],
  ['teams', ['team', 'teams']],
  ['tickets', ['ticket', 'tickets']],
  ['bugs', ['bug', 'bugs']],
  ['incidents', ['incident', 'incidents']],
  ['outages', ['outage', 'outages']],
  ['alerts', ['alert', 'alerts']],
  ['servers', ['server', 'servers']],
  ['nodes', ['node', 'nodes']],
  ['machines', ['machine', 'machines']],
  ['services', ['service', 'services']],
  ['lines', ['line', 'lines']],
  ['tests', ['test', 'tests']],
  ['releases', ['release', 'releases']],
  ['deploys', ['deploy', 'deploys', 'deployment', 'deployments']],
  ['downloads', ['download', 'downloads']],
  ['signups', ['signup', 'signups', 'sign-up', 'sign-ups']],
  ['orders', ['order', 'orders']],
  ['sessions', ['session', 'sessions']],
  ['calls', ['call', 'calls']],
  ['events', ['event', 'events']],
  ['messages', ['message', 'messages']],
  ['records', ['record', 'records']],
  ['rows', ['row', 'rows']],
  ['sprints', ['sprint', 'sprints']],
];

const UNIT_BY_WORD: ReadonlyMap<string, string> = new Map(
  UNIT_GROUPS.flatMap(([unit, words]) => words.map((word) => [word, unit] as const)),
);

/** Units written straight after digits ("800ms", "40%", "10x", "2GB"). A bare "s" is handled by the caller. */
const UNIT_BY_SUFFIX: ReadonlyMap<string, string> = new Map([
  ['%', '%'],
  ['x', 'x'],
  ['×', 'x'],
  ['ms', 'ms'],
  ['sec', 's'],
  ['secs', 's'],
  ['min', 'min'],
  ['mins', 'min'],
  ['h', 'h'],
  ['hr', 'h'],
  ['hrs', 'h'],
  ['kb', 'KB'],
  ['mb', 'MB'],
  ['gb', 'GB'],
  ['tb', 'TB'],
  ['qps', 'qps'],
  ['rps', 'rps'],
  ['tps', 'tps'],
  ['pb', 'PB'],
  ['ghz', 'GHz'],
  ['mhz', 'MHz'],
  ['kw', 'kW'],
  ['mw', 'MW'],
  ['gw', 'GW'],
  ['kwh', 'kWh'],
  ['mwh', 'MWh'],
  ['gwh', 'GWh'],
  ['mbps', 'Mbps'],
  ['gbps', 'Gbps'],
  ['fps', 'fps'],
  ['rpm', 'rpm'],
  ['km', 'km'],
  ['kg', 'kg'],
]);

/** Words after "twice" or "three times" that make it a comparison ("twice as fast", "3 times faster"). */
const COMPARISON_WORDS = new Set([
  'as',
  'the',
  'what',
  'our',
  'their',
  'its',
  'more',
  'less',
  'fewer',
  'faster',
  'slower',
  'quicker',
  'bigger',
  'smaller',
  'larger',
  'higher',
  'lower',
  'cheaper',
  'better',
  'worse',
  'greater',
  'longer',
  'shorter',
  'easier',
  'harder',
]);

const CURRENCIES = new Set(['$', '€', '£', '₹', '¥', 'CHF', 'R', 'kr', '₩', '₱', 'R$', 'AED', '₦']);

/** Units that make even a count of one concrete ("1%", "one dollar") where "one day" is only an idiom. */
const UNITS_CONCRETE_AT_ONE = new Set([
  '%',
  ...CURRENCIES,
  'x',
  'ms',
  'min',
  'h',
  'KB',
  'MB',
  'GB',
  'TB',
  'PB',
  'GHz',
  'MHz',
  'Mbps',
  'Gbps',
  'kW',
  'MW',
  'GW',
  'kWh',
  'MWh',
  'GWh',
  // A rating of one star is as much a measure as five ("a one-star review").
  'stars',
]);

/** Units that count things or people ("three services", "two engineers") rather than measure an amount. */
const ENTITY_UNITS = new Set([
  'cores',
  'CPUs',
  'instances',
  'pods',
  'containers',
  'regions',
  'countries',
  'pages',
  'files',
  'commits',
  'users',
  'customers',
  'clients',
  'requests',
  'queries',
  'transactions',
  'people',
  'engineers',
  'developers',
  'employees',
  'teams',
  'tickets',
  'bugs',
  'incidents',
  'outages',
  'alerts',
  'servers',
  'nodes',
  'machines',
  'services',
  'lines',
  'tests',
  'releases',
  'deploys',
  'downloads',
  'signups',
  'orders',
  'sessions',
  'calls',
  'events',
  'messages',
  'records',
  'rows',
]);

/** Periods a count can be "per": "four a month", "once a week", "two per sprint". */
const RATE_PERIODS = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'night',
  'morning',
  'afternoon',
  'evening',
  'weekend',
  'shift',
  'week',
  'fortnight',
  'month',
  'quarter',
  'year',
  'sprint',
  'release',
  // Occasions a rate can be counted per, as a period is ("one call per visit", "two towels per stay").
  'stay',
  'visit',
  'trip',
  'game',
  'match',
  'lesson',
  'booking',
  'delivery',
]);

/**
 * Nouns for people at work, as units ("engineers") or plain plurals ("colleagues"): two of them are who was
 * there, a pair, not a size.
 */
const PERSON_NOUNS = new Set([
  'people',
  'engineers',
  'developers',
  'employees',
  'colleagues',
  'coworkers',
  'co-workers',
  'teammates',
  'designers',
  'managers',
  'agents',
  'interns',
  'contractors',
  'testers',
  'analysts',
  'reviewers',
  'leads',
  'seniors',
  'juniors',
  'members',
  'folks',
  'friends',
  'volunteers',
  'consultants',
  'recruiters',
  'architects',
  'scientists',
  'mentors',
  'students',
  'nurses',
  'doctors',
  'reps',
  'officers',
  'drivers',
  'technicians',
  'supervisors',
  'staff',
  // Roles outside software, named in pairs who took part ("I rang two councillors").
  'councillors',
  'councilors',
  'dentists',
  'pharmacists',
  'electricians',
  'inspectors',
  'directors',
  'auditors',
  'teachers',
  'parents',
  'carers',
]);

/** Units of time: "under a second", "within an hour" measure with an article alone. */
const TIME_UNITS = new Set(['ms', 's', 'min', 'h', 'days', 'weeks', 'months', 'years', 'sprints']);

export function isEntityUnit(unit: string | null): boolean {
  return unit !== null && ENTITY_UNITS.has(unit);
}

export function isPersonNoun(unit: string | null): boolean {
  return unit !== null && PERSON_NOUNS.has(unit);
}

export function isRatePeriod(word: string): boolean {
  return RATE_PERIODS.has(word);
}

export function isTimeUnit(unit: string | null): boolean {
  return unit !== null && TIME_UNITS.has(unit);
}

export function unitOfWord(word: string): string | null {
  return UNIT_BY_WORD.get(word) ?? null;
}

export function unitOfSuffix(suffix: string): string | null {
  return UNIT_BY_SUFFIX.get(suffix) ?? null;
}

export function isComparisonWord(word: string): boolean {
  return COMPARISON_WORDS.has(word);
}

export function isCurrency(unit: string | null): boolean {
  return unit !== null && CURRENCIES.has(unit);
}

export function isConcreteAtOne(unit: string | null): boolean {
  return unit !== null && UNITS_CONCRETE_AT_ONE.has(unit);
}
