// Words that end with a full stop without ending a sentence.
export const ABBREVIATIONS = new Set([
  'TP', 'Tp', 'TS', 'Ts', 'PGS', 'GS', 'ThS', 'Ths', 'Q', 'P', 'BS', 'KS', 'TSKH', 'NCS', 'CN', 'TT',
  'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'tr', 'Tr', 'TX', 'H', 'X', 'PGS.TS', 'GS.TS', 'Th', 'ThS.BS',
  'BSCKII', 'BSCKI', 'Nxb', 'NXB', 'vd', 'VD', 'v.v', 'No', 'Co', 'Ltd', 'Inc', 'Jr', 'Sr',
]);
