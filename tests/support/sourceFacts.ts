/**
 * Facts copied from the source documents in shared/seeds/, as the tests' independent oracle
 * (the seed code is what they check, so they do not read it back from there).
 */
export const ASSOCIATION_MEMBERS = [
  'Stadt Erfurt',
  'Stadt Jena',
  'Stadt Weimar',
  'Kreis Weimarer Land',
  'Erfurt Tourismus und Marketing GmbH',
  'Wirtschaftsförderungsgesellschaft Jena mbH',
  'weimar GmbH',
  'Weimarer Land Tourismus e. V.',
]
