// Drive: folders and files by id. Google answers the same for a file that is gone and one not
// shared with this user, so "exists" means "this user can open it and it is not in the bin".
type Folder = GoogleAppsScript.Drive.Folder;

export function folderById(id: string): Folder {
  return DriveApp.getFolderById(id);
}

/** My Drive's root: DocumentApp.create makes a file there before it is moved. */
export function rootFolder(): Folder {
  return DriveApp.getRootFolder();
}

export function driveItemExists(id: string, folder: boolean): boolean {
  if (!id) return false;
  try {
    const item = folder ? DriveApp.getFolderById(id) : DriveApp.getFileById(id);
    return !item.isTrashed();
  } catch (_e) {
    return false;
  }
}

/** Moves a file to the bin; one already gone (or not ours to bin) is left as it is. */
export function trashFile(id: string): void {
  try {
    DriveApp.getFileById(id).setTrashed(true);
  } catch (_e) {
    // Already gone.
  }
}

/** The files of `folder` with any of these names, with when each was made. */
export function filesNamed(folder: Folder, names: string[]): { id: string; name: string; created: number }[] {
  const found: { id: string; name: string; created: number }[] = [];
  for (const name of names) {
    const files = folder.getFilesByName(name);
    while (files.hasNext()) {
      const f = files.next();
      found.push({ id: f.getId(), name, created: f.getDateCreated().getTime() });
    }
  }
  return found;
}
