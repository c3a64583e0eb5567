import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n';

/** Two languages: one button offering the other, named in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button type="text" icon={<GlobalOutlined />} aria-label={t('nav.switchLanguage')} onClick={() => void chooseLanguage(other)}>
      <span lang={other}>{t('nav.languageName')}</span>
    </Button>
  );
}
