// One set of files for the whole school. Drive files belong to whoever's execution made them, and
// nobody else can open them until they are shared (reference/drive/file#addEditor). So the add-on
// keeps everything it makes — templates, generated documents, the forms — in the school's documents
// folder, and gives the curators and the director edit access to that folder: files inside a
// folder are open to the folder's editors.

export interface SharingReport {
  /** People given access now. */
  added: string[];
  /** Forms moved into the folder now. */
  movedForms: number;
  /** Why sharing could not be done (this user may not share the folder), or ''. */
  refused: string;
}

/**
 * Gives each of `emails` edit access to the folder unless they have it, in one call, and moves
 * the forms into it. Only the folder's owner or an editor may share; anyone else gets `refused`.
 */
export function shareSchoolFolder(folderId: string, emails: string[], formIds: string[]): SharingReport {
  const report: SharingReport = { added: [], movedForms: 0, refused: '' };
  const folder = DriveApp.getFolderById(folderId);
  const owner = folder.getOwner()?.getEmail().toLowerCase() ?? '';
  const editors = new Set(folder.getEditors().map((u) => u.getEmail().toLowerCase()));
  const missing = emails.filter((e) => e !== owner && !editors.has(e));
  try {
    if (missing.length > 0) {
      folder.addEditors(missing);
      report.added = missing;
    }
    for (const id of formIds) {
      const file = DriveApp.getFileById(id);
      const parents = file.getParents();
      if (parents.hasNext() && parents.next().getId() === folderId) continue;
      file.moveTo(folder);
      report.movedForms++;
    }
  } catch (e) {
    report.refused = e instanceof Error ? e.message : String(e);
  }
  return report;
}
