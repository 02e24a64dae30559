/** One benchmark figure, as written to the README: a measured value against its target. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** The target in words, e.g. "≥ 0.9× node sha256". */
  target: string;
  pass: boolean;
}
