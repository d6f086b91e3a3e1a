/** A data file that does not match its schema. The message names the file, the row, the field and,
 * for a JSON record with an id, that id, so whoever edits content/data/ can fix it without reading
 * code. */
export class ContentDataError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly field: string | null,
    readonly problem: string,
    readonly recordId: string | null = null,
  ) {
    const where = [
      file,
      row === null ? null : `row ${row}`,
      field === null ? null : `field "${field}"`,
      recordId === null ? null : `id "${recordId}"`,
    ]
      .filter(Boolean)
      .join(', ');
    super(`Invalid content data in ${where}: ${problem}`);
    this.name = 'ContentDataError';
  }
}
