/** One line of the benchmark table. */
export interface Row {
  name: string;
  value: number;
  /** null: reported, not budgeted */
  budget: number | null;
  unit: string;
  note?: string;
}
