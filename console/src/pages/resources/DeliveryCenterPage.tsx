import { Placeholder } from '../Placeholder';
import { screen } from '../../screens';

/** Not built yet: the screen's title and what it will hold. */
export default function DeliveryCenterPage() {
  return <Placeholder page="deliveryCenter" screen={screen('resources')} />;
}
