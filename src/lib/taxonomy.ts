/**
 * The controlled vocabularies of the encyclopedia. Kept here, not in the schema, so pages, filters and the
 * schema's error messages all read the same list.
 */
export const KINDS = {
  event: { label: 'Event', plural: 'Events' },
  agreement: { label: 'Agreement', plural: 'Agreements' },
  person: { label: 'Person', plural: 'People' },
  place: { label: 'Place', plural: 'Places' },
  policy: { label: 'Policy', plural: 'Policies' },
  organisation: { label: 'Organisation', plural: 'Organisations' },
  country: { label: 'Country', plural: 'Countries' },
  topic: { label: 'Topic', plural: 'Topics' },
} as const;

export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as [Kind, ...Kind[]];

export const TOPICS = {
  history: { label: 'Division and war', blurb: 'How the peninsula came to be divided, and the war that fixed the division.' },
  border: { label: 'Border and military', blurb: 'The DMZ, the maritime boundary, and the clashes along them.' },
  diplomacy: { label: 'Diplomacy and summits', blurb: 'Meetings of leaders, joint declarations and negotiations.' },
  engagement: {
    label: 'Engagement and cooperation',
    blurb: 'Aid, joint economic zones, tourism and exchanges between the two Koreas.',
  },
  nuclear: { label: 'Nuclear weapons and missiles', blurb: "North Korea's weapons programmes and the efforts to halt them." },
  sanctions: { label: 'Sanctions', blurb: 'UN and national measures against North Korea, and their enforcement.' },
  humanitarian: {
    label: 'Human rights and humanitarian issues',
    blurb: 'Separated families, human rights and the people caught in the division.',
  },
  'foreign-relations': {
    label: 'The powers around Korea',
    blurb: 'The United States, China and Russia, and their ties to each Korea.',
  },
  leaders: { label: 'Leaders', blurb: 'The people who shaped relations between the two Koreas.' },
  states: {
    label: 'The two states',
    blurb: 'North and South Korea as states: systems, doctrines and policies toward each other.',
  },
} as const;

export type Topic = keyof typeof TOPICS;
export const TOPIC_NAMES = Object.keys(TOPICS) as [Topic, ...Topic[]];

/** The hub entry the header and home page point readers to first. */
export const OVERVIEW_SLUG = 'north-korea-south-korea-relations';
