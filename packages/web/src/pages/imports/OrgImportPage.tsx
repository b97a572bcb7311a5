import { ImportWizard } from './ImportWizard';
import { IMPORT_KINDS } from './importKinds';

export default function OrgImportPage() {
  return <ImportWizard config={IMPORT_KINDS.orgs} />;
}
