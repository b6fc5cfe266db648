/** What makes two paths the same file: its device and inode (hard links and symbolic links agree). */
export interface FileIdentity {
  readonly path: string;
  readonly dev: number;
  readonly ino: number;
}
