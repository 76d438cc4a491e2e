// The error for a bad entry in story data: it names the file, the entry and the field.

export class RecordError extends Error {
  constructor(
    readonly where: string,
    readonly field: string,
    reason: string,
  ) {
    super(`${where}, field "${field}": ${reason}`);
    this.name = 'RecordError';
  }
}
