import { Placeholder } from '../Placeholder';
import { screen } from '../../screens';

/** Not built yet: the screen's title and what it will hold. */
export default function NewProjectPage() {
  return <Placeholder page="newProject" screen={screen('newProject')} />;
}
