// What most curator actions read: the settings, both banks and the pairs, each sheet once.
import type { Caller } from '../api/call';
import { MENTEE_COLUMNS, MENTOR_COLUMNS, namesToEmails, readMentees, readMentors } from '../banks';
import type { PairsContext } from '../pairs/edit';
import { readSettings, type Settings } from '../settings';
import { Store } from '../store/store';

export interface SchoolContext extends PairsContext {
  store: Store;
  settings: Settings;
}

export function loadSchool(caller: Caller): SchoolContext {
  const store = new Store(caller.ss);
  const { settings } = readSettings(store.table('settings', ['param', 'value']), caller.today);
  const mentors = store.table('mentors', MENTOR_COLUMNS);
  const mentees = store.table('mentees', MENTEE_COLUMNS);
  const pairs = store.table('pairs', ['id', 'mentor', 'mentees', 'status']);
  const mentorList = readMentors(mentors);
  const menteeList = readMentees(mentees);
  return {
    store,
    settings,
    pairs,
    mentors,
    mentees,
    mentorList,
    menteeList,
    names: namesToEmails(mentorList, menteeList),
    schoolYear: settings.schoolYear,
    today: caller.today,
    defaultCapacity: settings.maxMentees,
  };
}
