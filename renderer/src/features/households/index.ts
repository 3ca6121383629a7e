import { createElement } from 'react'
import { HomeOutlined } from '@ant-design/icons'
import { ESTATE_ADMINS } from '@shared/households/estate'
import type { CapabilityManifest } from '../../app/manifest'
import { DocumentsTab } from './DocumentsTab'
import { EstateSetupTab } from './estate/EstateSetupTab'
import { NotesTab, TimelineTab } from './HistoryTabs'
import { HouseholdsSection } from './HouseholdsSection'
import { PersonsTab } from './PersonsTab'

/** Estate, rooms, persons, documents and search: 住户, the household file's own tabs, F3. */
export const households: CapabilityManifest = {
  id: 'households',
  nav: [
    {
      route: 'households',
      label: 'nav.households',
      icon: createElement(HomeOutlined),
      page: HouseholdsSection,
      order: 20,
      hotkey: 'Alt+2'
    }
  ],
  settingsTabs: [{ key: 'estate-setup', label: 'estate.tab', order: 20, roles: ESTATE_ADMINS, page: EstateSetupTab }],
  householdTabs: [
    {
      key: 'persons',
      label: 'household.tab.persons',
      order: 10,
      render: (household) => createElement(PersonsTab, { household })
    },
    {
      key: 'documents',
      label: 'household.tab.documents',
      order: 20,
      render: (household) => createElement(DocumentsTab, { household })
    },
    {
      key: 'timeline',
      label: 'household.tab.timeline',
      order: 40,
      render: (household) => createElement(TimelineTab, { roomId: household.room.id })
    },
    {
      key: 'notes',
      label: 'household.tab.notes',
      order: 50,
      render: (household) => createElement(NotesTab, { household })
    }
  ],
  shortcuts: [{ keys: 'F3 / Ctrl+K', label: 'workbench.shortcut.search', order: 10 }]
}
