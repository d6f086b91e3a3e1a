/** A data file that does not match its schema. The message names the file, the row and the field,
 * so whoever edits content/data/ can fix it without reading code. */
export class ContentDataError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    const where = [file, row === null ? null : `row ${row}`, field === null ? null : `field "${field}"`]
      .filter(Boolean)
      .join(', ');
    super(`Invalid content data in ${where}: ${problem}`);
    this.name = 'ContentDataError';
  }
}
