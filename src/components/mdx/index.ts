import { Fragment } from 'astro/jsx-runtime';
import PeninsulaMap from '../PeninsulaMap.astro';
import Aside from './Aside.astro';
import Chart from './Chart.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';

/**
 * The components an entry body renders with: the author components of src/lib/content/components.ts (the
 * allow-list the body check enforces) and Fragment, which carries the static HTML the pipeline folds into strings.
 */
export const mdxComponents = { Fragment, Aside, Quote, Figure, Chart, PeninsulaMap };
