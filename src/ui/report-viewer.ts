// Opens an exported report file: validated data, shown as text, never as HTML.

import { readReport } from '../core/report.ts';
import { pathPicture, reportTable } from './debrief.ts';
import { openDialog } from './dialog.ts';
import { h } from './dom.ts';
import { STRINGS } from './strings.ts';

export function openReport(): void {
  const input = h('input', { type: 'file', id: 'report-file', accept: '.json,application/json' });
  const holder = h('div', { class: 'report-view' });
  const dlg = openDialog('report-dialog', STRINGS.debrief.reportTitle, [
    h('label', { for: 'report-file' }, STRINGS.debrief.open),
    input,
    holder,
  ]);
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const read = readReport(text);
      if (!read.ok) {
        dlg.status.textContent = `${STRINGS.debrief.reportRefused} ${STRINGS.debrief.reportProblems[read.reason]}`;
        holder.replaceChildren();
        return;
      }
      const report = read.report;
      dlg.status.textContent = '';
      holder.replaceChildren(
        h('p', {}, report.ending ? `${report.ending.title} — ${report.ending.summary}` : STRINGS.debrief.episodeOver),
        pathPicture(report),
        reportTable(report),
      );
    });
  });
}
