// The add-on's forms as plain data: what a form asks (built by the features, made by gas/forms.ts)
// and which form feeds which response sheet (kept by gas/state.ts, read by intake).

export type FormItemDef =
  | { kind: 'text' | 'paragraph' | 'date'; title: string; help?: string; required?: boolean }
  | {
      kind: 'choice' | 'checkbox' | 'list';
      title: string;
      help?: string;
      required?: boolean;
      choices: string[];
    }
  | {
      kind: 'scale';
      title: string;
      help?: string;
      required?: boolean;
      low: number;
      high: number;
      lowLabel?: string;
      highLabel?: string;
    }
  | { kind: 'section'; title: string; help?: string };

export interface FormDef {
  title: string;
  description: string;
  confirmation?: string;
  /** Collect the signed-in respondent's verified address (Google adds its own email column). */
  verifiedEmail?: boolean;
  items: FormItemDef[];
}

export type FormKind =
  | 'requests'
  | 'mentors'
  | 'monitoringMentee'
  | 'monitoringMentor'
  | 'planMark'
  // Two-stage monitoring (issue #19): the participants' self-assessment and the curator's questionnaire.
  | 'selfAssessment'
  | 'curatorAssessment';

export interface FormRecord {
  formId: string;
  sheetId: number;
  publishedUrl: string;
  /** The form collects the respondent's verified address (EmailCollectionType.VERIFIED). */
  verified?: boolean;
}
