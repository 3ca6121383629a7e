import { Space } from 'antd'
import { BulkCreateCard } from './BulkCreateCard'
import { ImportCard } from './ImportCard'
import { DocumentTypesCard } from './DocumentTypesCard'

/** 设置 → 房屋: build the estate model by hand or from Excel. */
export function EstateSetupTab() {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <BulkCreateCard />
      <ImportCard />
      <DocumentTypesCard />
    </Space>
  )
}
