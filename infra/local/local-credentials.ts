/**
 * Dummy credentials for every client of the local emulators (DynamoDB Local, fauxqs). They accept
 * any key, but the SDK signs every request and would otherwise pick up the user's real keys.
 * Letters and digits only: DynamoDB Local rejects other characters in access keys. An in-memory
 * DynamoDB Local keeps one database per access key, so handlers, CLI and tests must share these.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
