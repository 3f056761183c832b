import { CloseOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ENCODINGS,
  IMPORT_FORMATS,
  type ColumnMapping,
  type Encoding,
  type ImportFormat,
  type MappingPreset,
} from '../../../../../shared/domain/ingest';
import { formatPercent } from '../../../lib/format';
import { MappingEditor } from './MappingEditor';
import { fileName, missingFields, type ImportFile } from './model';

interface FileSetupProps {
  file: ImportFile;
  onFormat: (format: ImportFormat | 'auto') => void;
  onEncoding: (encoding: Encoding) => void;
  onMapping: (mapping: ColumnMapping) => void;
  onRemove: () => void;
  presets: readonly MappingPreset[];
  onPresetSaved: () => void;
}

/** One file: its detected format (with how sure) and encoding, both overridable; the mapping for a CSV. */
export function FileSetup({ file, onFormat, onEncoding, onMapping, onRemove, presets, onPresetSaved }: FileSetupProps) {
  const { t, i18n } = useTranslation('transcripts');
  const name = fileName(file.path);
  const preview = file.preview;
  const confidenceOf = (format: ImportFormat) =>
    preview?.candidates.find((c) => c.format === format)?.confidence;
  const formatLabel = (format: ImportFormat) => {
    const confidence = confidenceOf(format);
    const label = t(`import.formats.${format}`);
    return confidence !== undefined
      ? `${label} · ${t('import.confidence', { percent: formatPercent(confidence, i18n.language, 0) })}`
      : label;
  };
  const missing = missingFields(file);

  return (
    <section className="transcripts-file" aria-label={name} data-file={name}>
      <header className="transcripts-file-head">
        <FileTextOutlined aria-hidden />
        <Typography.Text strong ellipsis className="transcripts-file-name" title={file.path}>
          {name}
        </Typography.Text>
        {file.detecting && <Spin size="small" />}
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined />}
          aria-label={t('import.remove', { file: name })}
          onClick={onRemove}
        />
      </header>
      <div className="transcripts-file-options">
        <div className="transcripts-file-option">
          <Typography.Text type="secondary">{t('import.format')}</Typography.Text>
          <Select
            className="transcripts-format-select"
            aria-label={`${t('import.format')}: ${name}`}
            value={file.format === 'auto' ? preview?.format : file.format}
            onChange={(format: ImportFormat) => onFormat(format)}
            options={IMPORT_FORMATS.map((format) => ({ value: format, label: formatLabel(format) }))}
          />
          {file.format !== 'auto' && (
            <Tag bordered={false}>{t('import.chosen')}</Tag>
          )}
        </div>
        <div className="transcripts-file-option">
          <Typography.Text type="secondary">{t('import.encoding')}</Typography.Text>
          <Select
            className="transcripts-encoding-select"
            aria-label={`${t('import.encoding')}: ${name}`}
            value={file.encoding === 'auto' && preview ? preview.encoding : file.encoding}
            onChange={(encoding: Encoding) => onEncoding(encoding)}
            options={ENCODINGS.map((encoding) => ({ value: encoding, label: t(`import.encodings.${encoding}`) }))}
          />
        </div>
      </div>
      {file.error && <Alert type="error" showIcon title={t('import.detectFailed', { message: file.error })} />}
      {file.detecting && !preview && <Typography.Text type="secondary">{t('import.detecting')}</Typography.Text>}
      {preview && !file.error && preview.format === 'csv' && (
        <>
          {missing.length > 0 && (
            <Alert
              type="warning"
              showIcon
              className="transcripts-mapping-missing"
              title={t('import.mapping.missing', {
                fields: missing.map((f) => t(`import.mapping.fields.${f}`)).join(', '),
              })}
            />
          )}
          <MappingEditor
            preview={preview}
            mapping={file.mapping}
            onChange={onMapping}
            presets={presets}
            onPresetSaved={onPresetSaved}
          />
        </>
      )}
      {preview && !file.error && preview.format !== 'csv' && (
        <>
          <Typography.Title level={5}>{t('import.preview')}</Typography.Title>
          <Table<Record<string, string>>
            size="small"
            className="transcripts-preview-table"
            pagination={false}
            scroll={{ x: 'max-content' }}
            rowKey={(_row, index) => String(index)}
            dataSource={preview.rows}
            locale={{ emptyText: t('import.previewEmpty') }}
            columns={Object.keys(preview.rows[0] ?? {}).map((column) => ({
              key: column,
              dataIndex: column,
              title: column,
              render: (value: string | undefined) => <span className="transcripts-preview-cell">{value ?? ''}</span>,
            }))}
          />
        </>
      )}
      {preview && preview.errors.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('import.previewErrors')}
          description={
            <ul className="transcripts-preview-errors">
              {preview.errors.map((e, i) => (
                <li key={i}>
                  {[e.line !== null && `#${e.line}`, e.field, e.message].filter(Boolean).join(' · ')}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </section>
  );
}
