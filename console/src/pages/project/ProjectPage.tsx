import { Placeholder } from '../Placeholder';
import { screen } from '../../screens';

/** Not built yet: the screen's title and what it will hold. */
export default function ProjectPage() {
  return <Placeholder page="project" screen={screen('pipeline')} />;
}
