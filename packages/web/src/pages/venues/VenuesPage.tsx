import { Route, Routes } from 'react-router';
import { ModelSiteView } from './ModelSiteView';
import { VenueDetailPage } from './VenueDetailPage';
import { VenuesHome } from './VenuesHome';

/** 党群活动场所 and model sites (issue 10): lists, a venue's page and the printable model-site page. */
export default function VenuesPage() {
  return (
    <Routes>
      <Route index element={<VenuesHome />} />
      <Route path="sites/:id" element={<ModelSiteView />} />
      <Route path=":id" element={<VenueDetailPage />} />
    </Routes>
  );
}
