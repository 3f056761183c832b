import { CheckCircleFilled } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_TARGETS, type ExportTarget, type ExportTargetStatus } from '../../../../shared/domain/export';
import { isRemote, TARGET_ICONS } from './targets';

interface TargetCardsProps {
  value: ExportTarget | null;
  statuses: readonly ExportTargetStatus[];
  onChange: (target: ExportTarget) => void;
}

/** The six targets as a radio group of cards: what each produces, and whether a help center is connected. */
export function TargetCards({ value, statuses, onChange }: TargetCardsProps) {
  const { t } = useTranslation('export');
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      const next = EXPORT_TARGETS[(index + step + EXPORT_TARGETS.length) % EXPORT_TARGETS.length]!;
      onChange(next);
      (event.currentTarget.parentElement?.children[EXPORT_TARGETS.indexOf(next)] as HTMLElement | undefined)?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onChange(EXPORT_TARGETS[index]!);
    }
  };
  return (
    <div className="export-targets" role="radiogroup" aria-label={t('targetsLabel')}>
      {EXPORT_TARGETS.map((target, index) => {
        const selected = value === target;
        const configured = statuses.find((s) => s.target === target)?.configured ?? false;
        return (
          <div
            key={target}
            role="radio"
            aria-checked={selected}
            tabIndex={selected || (value === null && index === 0) ? 0 : -1}
            className={`export-target${selected ? ' is-selected' : ''}`}
            data-testid={`export-target-${target}`}
            onClick={() => onChange(target)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <div className="export-target-head">
              <span className="export-target-icon" aria-hidden>
                {TARGET_ICONS[target]}
              </span>
              <Typography.Text strong className="export-target-name">
                {t(`targets.${target}.name`)}
              </Typography.Text>
              {selected && <CheckCircleFilled className="export-target-check" aria-hidden />}
            </div>
            <Typography.Paragraph type="secondary" className="export-target-produces">
              {t(`targets.${target}.produces`)}
            </Typography.Paragraph>
            <div className="export-target-tags">
              <Tag variant="filled">{isRemote(target) ? t('kind.api') : t('kind.folder')}</Tag>
              {isRemote(target) && (
                <Tag variant="filled" color={configured ? 'success' : 'default'}>
                  {configured ? t('connected') : t('notConnected')}
                </Tag>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
