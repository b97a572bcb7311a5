import {
  REVIEW_GRADE_LABELS,
  REVIEW_GRADES,
  type StarSettingsView,
  type StarThresholdsInput,
} from '@jiceng/core';
import { Flex, Form, InputNumber, Select, Switch } from 'antd';
import { starsApi } from '../../api/stars';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';

type Four = [number, number, number, number];
const STAR_NAMES = ['二星', '三星', '四星', '五星'];
const CAP_OPTIONS = [1, 2, 3, 4, 5].map((n) => ({ value: n, label: `最高 ${n} 星` }));

/** The four point lines as one field, so a refusal of "minPoints" shows right under them. */
function PointLines({ value, onChange }: { value?: Four; onChange?: (v: Four) => void }) {
  const lines = value ?? [0, 0, 0, 0];
  return (
    <Flex gap={8} wrap>
      {STAR_NAMES.map((label, i) => (
        <InputNumber<number>
          key={label}
          min={0}
          max={10000}
          precision={0}
          prefix={label}
          suffix="分"
          value={lines[i]}
          onChange={(n) => {
            const next = [...lines] as Four;
            next[i] = n ?? 0;
            onChange?.(next);
          }}
          style={{ width: 150 }}
          data-testid={`star-min-${i + 2}`}
        />
      ))}
    </Flex>
  );
}

/** An org's own thresholds: set here, they apply to it and every org below that sets none. */
export function StarSettingsModal({
  settings,
  onDone,
  onClose,
}: {
  settings: StarSettingsView;
  onDone: () => void;
  onClose: () => void;
}) {
  const start = settings.own ?? settings.inForce;
  return (
    <FormModal<StarThresholdsInput>
      title={`星级评定标准 · ${settings.orgName}`}
      intro={
        <p style={{ color: '#8c8c8c' }}>
          本级设置的标准适用于本组织及未自行设置标准的下级组织。一星为起点，积分达到分数线评相应星级；民主评议等次决定最高星级。
        </p>
      }
      initialValues={start}
      onSubmit={(values) => starsApi.saveSettings(settings.orgId, values)}
      success="星级评定标准已保存"
      onDone={onDone}
      onClose={onClose}
      okButtonProps={testId('star-settings-submit')}
      testId="star-settings-modal"
    >
      <Form.Item name="minPoints" label="全年积分达到（分）">
        <PointLines />
      </Form.Item>
      <Flex gap={12} wrap>
        {REVIEW_GRADES.map((grade) => (
          <Form.Item key={grade} name={['gradeCaps', grade]} label={`评议“${REVIEW_GRADE_LABELS[grade]}”`}>
            <Select options={CAP_OPTIONS} style={{ width: 120 }} data-testid={`star-cap-${grade}`} />
          </Form.Item>
        ))}
      </Flex>
      <Form.Item
        name="publicRanking"
        label="在公示栏公开个人积分排名"
        valuePropName="checked"
        extra="默认不公开：公示栏只列各星级党员名单。"
      >
        <Switch data-testid="star-public-ranking" />
      </Form.Item>
    </FormModal>
  );
}
