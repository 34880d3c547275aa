import { tortureSuite } from './torture-run.js';

tortureSuite('GC torture (part 2)', ['objects', 'nestedComprehensions', 'jsonRoundTrip', 'regex', 'bytesWork', 'sets', 'recursionWithLists']);
