import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useMemo, useRef } from 'react';
import { chartInstances } from './chart-registry';
import { echarts } from './echarts-setup';

interface Props {
  viewId: string;
  option: EChartsCoreOption;
  height: number;
  onSelectClaim: (claimId: string) => void;
  ariaLabel: string;
}

/** The one ECharts wrapper: renders an option, reports clicks on claim marks, registers the instance. */
export function EChart({ viewId, option, height, onSelectClaim, ariaLabel }: Props) {
  const select = useRef(onSelectClaim);
  useEffect(() => {
    select.current = onSelectClaim;
  }, [onSelectClaim]);
  const onEvents = useMemo(
    () => ({
      click: (p: { data?: { claimId?: string } }) => {
        if (p.data?.claimId) select.current(p.data.claimId);
      },
    }),
    [],
  );
  useEffect(() => () => void chartInstances.delete(viewId), [viewId]);
  return (
    <div role="img" aria-label={ariaLabel} className="echart-host" data-view-chart={viewId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ height, width: '100%' }}
        onEvents={onEvents}
        onChartReady={(inst: EChartsType) => chartInstances.set(viewId, inst)}
      />
    </div>
  );
}
