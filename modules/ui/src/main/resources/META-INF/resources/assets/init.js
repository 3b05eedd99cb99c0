// GOV.UK Frontend's components, from the webjar the WAR serves; a file of its own so the pages need no inline script.
import { initAll } from '../webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

initAll();
