import { tortureSuite } from './torture-run.js';

tortureSuite('GC torture (part 1)', ['dictOfLists', 'closures', 'generators', 'exceptionsInFlight', 'sortedWithKeys', 'stringJoins', 'bigInts']);
