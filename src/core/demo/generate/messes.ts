// The deliberate mistakes the demo files carry, so tests (and a curious user) can find them:
// each must come out of the importer as a warning or be read silently, never as a rejected row.

export interface Mess {
  file: 'alumni' | 'list' | 'ats';
  /** 1-based data row (the header is row 0). */
  row: number;
  column: string;
  value: string;
  /** warning: the importer reports it; flipped-name: "Last, First" is read as "First Last"; spaces: extra spaces are collapsed; read: an odd spelling read without fuss. */
  expect: 'warning' | 'flipped-name' | 'spaces' | 'read';
}
