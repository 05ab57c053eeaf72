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

/**
 * The subject headings, reviewed as a subject librarian would: each says what it holds (`blurb`, shown to
 * readers) and the rule for tagging an entry with it (`rule`, for editors; CONTRIBUTING.md lists them). An
 * entry takes the one to four headings its subject falls under by these rules, not every heading its story
 * touches: a 2010 naval clash is a border incident, not part of "Division and the Korean War" because the war
 * explains the border. What kind of thing an entry is (a person, a place) is its `kind`, not a topic.
 */
export const TOPICS = {
  history: {
    label: 'Division and the Korean War',
    blurb: 'How the peninsula was divided in 1945, the two states founded in 1948, and the war of 1950–1953.',
    rule: 'The subject happened between 1945 and 1953, or was created then (the armistice, the families the war separated).',
  },
  border: {
    label: 'Border and military security',
    blurb: 'The DMZ, the sea boundary and Panmunjom; the clashes along them and the military arrangements that guard them.',
    rule: 'The subject is part of the border, an armed clash or incident, or a military agreement, alliance or force posture.',
  },
  diplomacy: {
    label: 'Talks and summits',
    blurb: 'Meetings of leaders, negotiations, joint declarations and the channels between the two Koreas.',
    rule: 'The subject is a negotiation, a summit, an agreement reached by talks, a channel for talks, or a leader who held them.',
  },
  engagement: {
    label: 'Economic cooperation and exchange',
    blurb: 'Joint economic zones, tourism, trade, aid and the policies of engagement behind them.',
    rule: 'The subject is a joint project, trade, aid or exchange between the Koreas, or a policy or person whose main instrument it was.',
  },
  nuclear: {
    label: 'Nuclear weapons and missiles',
    blurb: "North Korea's weapons programmes and the efforts to halt or deter them.",
    rule: 'The subject is a weapons programme, a test, or talks, deterrence or a leader mainly concerned with them.',
  },
  sanctions: {
    label: 'Sanctions',
    blurb: 'UN and national measures against North Korea, and their enforcement.',
    rule: 'The subject is a sanctions measure, its enforcement, or a programme or project sanctions were aimed at or closed.',
  },
  humanitarian: {
    label: 'Human rights and humanitarian issues',
    blurb: 'Separated families, human rights in North Korea, and the people caught in the division.',
    rule: 'The subject concerns the rights, safety or welfare of people: families, abductees, defectors, detainees, aid to the hungry.',
  },
  'foreign-relations': {
    label: 'The powers around Korea',
    blurb: 'The United States, China, Russia and Japan, and their ties to each Korea.',
    rule: 'The subject is a relationship with, or the role of, an outside power (its alliance, its troops, its talks, its veto).',
  },
  politics: {
    label: 'Politics and leaders of the two Koreas',
    blurb: 'Each state, its leaders and its doctrines and policies toward the other Korea, unification among them.',
    rule: "The subject is one of the two states, a leader, or a state's doctrine or policy toward the other Korea.",
  },
} as const satisfies Record<string, { label: string; blurb: string; rule: string }>;

export type Topic = keyof typeof TOPICS;
export const TOPIC_NAMES = Object.keys(TOPICS) as [Topic, ...Topic[]];

/** The hub entry the header and home page point readers to first. */
export const OVERVIEW_SLUG = 'north-korea-south-korea-relations';
