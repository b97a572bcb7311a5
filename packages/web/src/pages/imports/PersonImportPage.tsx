import { ImportWizard } from './ImportWizard';
import { IMPORT_KINDS } from './importKinds';

export default function PersonImportPage() {
  return <ImportWizard config={IMPORT_KINDS.persons} />;
}
