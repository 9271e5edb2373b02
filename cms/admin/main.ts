import siteStylesheet from '#src/styles/global.css?url';
import { cmsWidgets } from '../widget-names.ts';
import './admin.css';
import { loadDecap } from './decap.ts';
import { registerEditorComponents } from './editor-components.ts';
import { registerSaveHandler } from './events.ts';
import { addHelpButton } from './help.ts';
import { registerPreviews } from './previews.ts';
import { followTextDirection } from './text-direction.ts';
import { coordinatesControl } from './widgets/coordinates.ts';
import { openingHoursControl } from './widgets/opening-hours.ts';
import { relationControl } from './widgets/relation.ts';
import { reviewedControl } from './widgets/reviewed.ts';
import { translationControl } from './widgets/translation.ts';

/**
 * The admin at /admin/: loads Decap CMS from the site, registers Lotse's widgets, previews,
 * editor blocks and the save handler, then starts Decap, which reads /admin/config.yml.
 */
async function start(): Promise<void> {
  const intro = document.getElementById('lotse-admin');
  const cms = await loadDecap(intro?.dataset['bundle'] ?? '/admin/decap/decap-cms.js');
  cms.registerWidget(cmsWidgets.coordinates, coordinatesControl());
  cms.registerWidget(cmsWidgets.openingHours, openingHoursControl());
  cms.registerWidget(cmsWidgets.relation, relationControl());
  cms.registerWidget(cmsWidgets.reviewed, reviewedControl());
  cms.registerWidget(cmsWidgets.translation, translationControl());
  registerEditorComponents(cms);
  registerPreviews(cms, [siteStylesheet]);
  registerSaveHandler(cms);
  cms.init();
  followTextDirection();
  addHelpButton();
  if (intro) intro.hidden = true;
}

start().catch((error: unknown) => {
  const status = document.getElementById('lotse-admin-status');
  if (status) status.textContent = `Das Redaktionssystem konnte nicht starten: ${String(error)}`;
  throw error;
});
