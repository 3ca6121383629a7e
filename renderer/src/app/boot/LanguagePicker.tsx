import { Select } from 'antd'
import { LOCALES, type Locale } from '@shared/kernel/locale'
import { useI18n } from '../../lib/i18n'

export function LanguagePicker({ value, onChange }: { value: Locale; onChange: (l: Locale) => void }) {
  const { t } = useI18n()
  return (
    <Select
      aria-label={t('signIn.language')}
      data-testid="language-picker"
      size="small"
      value={value}
      onChange={onChange}
      style={{ width: 110 }}
      options={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
    />
  )
}
