import { ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageStatus, FrictionReport, TopicFriction } from '../../../../shared/domain/friction';
import { tokens } from '../../app/theme';
import { formatNumber, formatPercent } from '../../lib/format';
import { openTopic } from '../../lib/links';
import { useThemeColors } from './useThemeColors';

echarts.use([ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const STATUSES: readonly CoverageStatus[] = ['none', 'covered_friction_persists', 'covered'];

/** Avoidable contacts per conversation: how bad a topic is, whatever its size. */
export const frictionPerConversation = (topic: TopicFriction): number => (topic.weeklyVolume > 0 ? topic.score / topic.weeklyVolume : 0);

const escapeText = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Friction against volume, one bubble per topic sized by its score; a click opens the topic. */
export function FrictionChart({ report }: { report: FrictionReport }) {
  const { t, i18n } = useTranslation('insights');
  const colors = useThemeColors();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const locale = i18n.language;

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (event) => {
      const topicId = (event.data as { topicId?: string } | undefined)?.topicId;
      if (topicId) openTopic(topicId);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const topics = report.topics.filter((topic) => topic.topicId !== 'outliers' && topic.conversations > 0);
    const maxScore = Math.max(1e-9, ...topics.map((topic) => topic.score));
    const statusColor: Record<CoverageStatus, string> = { none: colors.danger, covered_friction_persists: colors.warning, covered: colors.success };
    const number = (value: number, digits = 1) => formatNumber(value, locale, { maximumFractionDigits: digits });
    const axis = {
      nameTextStyle: { color: colors.muted, fontSize: tokens.font.size.xs },
      axisLine: { lineStyle: { color: colors.borderStrong } },
      axisLabel: { color: colors.muted, fontSize: tokens.font.size.xs },
      splitLine: { lineStyle: { color: colors.border } },
    };
    chart.current?.setOption(
      {
        // Animating every bubble to its new place kept the main thread busy for a second after each filter.
        animation: false,
        textStyle: { fontFamily: tokens.font.family },
        grid: { left: 56, right: 24, top: 40, bottom: 48 },
        legend: { top: 4, right: 8, textStyle: { color: colors.muted, fontSize: tokens.font.size.sm }, itemWidth: 10, itemHeight: 10 },
        tooltip: {
          trigger: 'item',
          backgroundColor: colors.surface,
          borderColor: colors.borderStrong,
          textStyle: { color: colors.text, fontSize: tokens.font.size.sm },
          formatter: (params: { data: { topic: TopicFriction } }) => {
            const topic = params.data.topic;
            return [
              `<strong>${escapeText(topic.label)}</strong>`,
              t('chart.tooltip.score', { value: number(topic.score) }),
              t('chart.tooltip.conversations', { value: number(topic.conversations, 0), perWeek: number(topic.weeklyVolume) }),
              t('chart.tooltip.perConversation', { value: formatPercent(frictionPerConversation(topic), locale, 0) }),
              t(`table.coverageStatus.${topic.coverage.status}`),
            ]
              .map((line, i) => (i === 0 ? line : escapeText(line)))
              .join('<br/>');
          },
        },
        xAxis: { ...axis, type: 'value', name: t('chart.x'), nameLocation: 'middle', nameGap: 28, min: 0 },
        yAxis: {
          ...axis,
          type: 'value',
          name: t('chart.y'),
          nameLocation: 'end',
          nameGap: 14,
          nameTextStyle: { ...axis.nameTextStyle, align: 'left' },
          min: 0,
          axisLabel: { ...axis.axisLabel, formatter: (v: number) => formatPercent(v, locale, 0) },
        },
        series: STATUSES.map((status) => ({
          id: status,
          name: t(`table.coverageStatus.${status}`),
          type: 'scatter',
          cursor: 'pointer',
          itemStyle: { color: statusColor[status], opacity: 0.75, borderColor: colors.surface, borderWidth: 1 },
          emphasis: { focus: 'self', itemStyle: { opacity: 1, borderColor: colors.text } },
          symbolSize: (_value: unknown, params: { data: { topic: TopicFriction } }) => 8 + 32 * Math.sqrt(params.data.topic.score / maxScore),
          data: topics
            .filter((topic) => topic.coverage.status === status)
            .map((topic) => ({ value: [topic.weeklyVolume, frictionPerConversation(topic)], topicId: topic.topicId, topic, name: topic.label })),
        })),
      },
      // Only the series are replaced: rebuilding the tooltip and axes too (notMerge) forced a layout
      // of the whole page, about 45 ms of each filter at 100k conversations.
      { replaceMerge: ['series'] },
    );
  }, [report, colors, t, locale]);

  return <div ref={element} className="insights-chart" role="img" aria-label={t('chart.aria')} data-testid="insights-chart" />;
}
