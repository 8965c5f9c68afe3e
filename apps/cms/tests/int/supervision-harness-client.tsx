import { hydrateRoot } from 'react-dom/client'

import { PlatformPage, SitePage } from '../../src/dashboard/components/supervision-pages'
import { NoticePage } from '../../src/reports/components/notice-page'

/** The harness page's script: hydrates the component the server rendered, with the same props. */
const root = document.getElementById('root')!
const props = JSON.parse(root.dataset.props!)
const page = root.dataset.page
hydrateRoot(root, page === 'site' ? <SitePage {...props} /> : page === 'report' ? <NoticePage {...props} /> : <PlatformPage {...props} />)
