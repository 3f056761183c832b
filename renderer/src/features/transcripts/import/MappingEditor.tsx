import { Button, Input, Select, Space, Table, Tag, Typography, App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CSV_FIELDS,
  REQUIRED_CSV_FIELDS,
  type ColumnMapping,
  type CsvField,
  type ImportPreview,
  type MappingPreset,
} from '../../../../../shared/domain/ingest';
import { useNotifyError } from '../../../app/errors';
import { call } from '../../../lib/ipc';
import { applyPreset } from './model';

interface MappingEditorProps {
  preview: ImportPreview;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  presets: readonly MappingPreset[];
  onPresetSaved: () => void;
}

/** Each canonical field with the CSV column that holds it, presets, and the first rows to check against. */
export function MappingEditor({ preview, mapping, onChange, presets, onPresetSaved }: MappingEditorProps) {
  const { t } = useTranslation('transcripts');
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [presetName, setPresetName] = useState<string | null>(null);
  const columnOptions = preview.columns.map((column) => ({ value: column, label: column }));
  const fieldOf = new Map(Object.entries(mapping).map(([field, column]) => [column, field]));

  const setField = (field: CsvField, column: string | undefined) => {
    const next = { ...mapping };
    if (column) {
      // A column holds one field: choosing it here takes it from the field that had it.
      for (const [other, value] of Object.entries(next)) if (value === column) delete next[other];
      next[field] = column;
    } else delete next[field];
    onChange(next);
  };

  const savePreset = async () => {
    const name = presetName?.trim();
    if (!name) return;
    try {
      await call('ingest:savePreset', { name, mapping, format: 'csv' });
      void message.success(t('import.mapping.presetSaved', { name }));
      setPresetName(null);
      onPresetSaved();
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <div className="transcripts-mapping">
      <div className="transcripts-mapping-head">
        <Typography.Title level={5} className="transcripts-mapping-title">
          {t('import.mapping.title')}
        </Typography.Title>
        <Space wrap>
          <Select
            className="transcripts-preset-select"
            aria-label={t('import.mapping.preset')}
            placeholder={presets.length ? t('import.mapping.choosePreset') : t('import.mapping.noPresets')}
            disabled={presets.length === 0}
            value={null}
            onChange={(name: string) => {
              const preset = presets.find((p) => p.name === name);
              if (preset) onChange({ ...mapping, ...applyPreset(preset.mapping, preview.columns) });
            }}
            options={presets.map((p) => ({ value: p.name, label: p.name }))}
          />
          {presetName === null ? (
            <Button onClick={() => setPresetName('')}>{t('import.mapping.savePreset')}</Button>
          ) : (
            <Space.Compact>
              <Input
                autoFocus
                aria-label={t('import.mapping.presetName')}
                placeholder={t('import.mapping.presetName')}
                value={presetName}
                maxLength={80}
                onChange={(e) => setPresetName(e.target.value)}
                onPressEnter={() => void savePreset()}
                onKeyDown={(e) => e.key === 'Escape' && setPresetName(null)}
              />
              <Button type="primary" disabled={!presetName.trim()} onClick={() => void savePreset()}>
                {t('import.mapping.save')}
              </Button>
              <Button onClick={() => setPresetName(null)}>{t('import.mapping.cancel')}</Button>
            </Space.Compact>
          )}
        </Space>
      </div>
      <Typography.Paragraph type="secondary">{t('import.mapping.help')}</Typography.Paragraph>
      <div className="transcripts-mapping-grid" role="group" aria-label={t('import.mapping.title')}>
        {CSV_FIELDS.map((field) => {
          const label = t(`import.mapping.fields.${field}`);
          const required = REQUIRED_CSV_FIELDS.includes(field);
          return (
            <div key={field} className="transcripts-mapping-row">
              <span className="transcripts-mapping-field">
                {label}
                {required && (
                  <Tag bordered={false} color="processing" className="transcripts-required">
                    {t('import.mapping.required')}
                  </Tag>
                )}
              </span>
              <Select
                allowClear
                size="small"
                aria-label={label}
                className="transcripts-mapping-select"
                placeholder={t('import.mapping.none')}
                status={required && !mapping[field] ? 'error' : undefined}
                value={mapping[field] ?? undefined}
                onChange={(column?: string) => setField(field, column)}
                options={columnOptions}
              />
            </div>
          );
        })}
      </div>
      <Typography.Title level={5}>{t('import.preview')}</Typography.Title>
      <Table<Record<string, string>>
        size="small"
        className="transcripts-preview-table"
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey={(_row, index) => String(index)}
        dataSource={preview.rows}
        locale={{ emptyText: t('import.previewEmpty') }}
        columns={preview.columns.map((column) => ({
          key: column,
          dataIndex: column,
          title: (
            <span className="transcripts-preview-col">
              <span>{column}</span>
              {fieldOf.has(column) && (
                <Tag bordered={false} color="success">
                  {t(`import.mapping.fields.${fieldOf.get(column) as CsvField}`)}
                </Tag>
              )}
            </span>
          ),
          render: (value: string | undefined) => (
            <span className="transcripts-preview-cell">{value ?? ''}</span>
          ),
        }))}
      />
    </div>
  );
}
