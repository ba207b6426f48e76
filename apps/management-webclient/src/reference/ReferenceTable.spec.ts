import { mount } from '@vue/test-utils';
import { h, ref } from 'vue';
import { useI18n } from '../i18n/i18n.js';
import ReferenceTable, { type ReferenceColumn } from './ReferenceTable.vue';

interface Thing {
  id: string;
  name: string;
  price: number;
  active: boolean;
}

const { t } = useI18n();
const columns: ReferenceColumn[] = [
  { key: 'name', label: 'common.name' },
  { key: 'price', label: 'reference.price' },
  { key: 'active', label: 'catalogue.status' },
];
const rows: Thing[] = [
  { id: 'a1', name: 'Anel', price: 12, active: true },
  { id: 'b2', name: 'Brinco', price: 7.5, active: false },
];

function mountTable(props: { canManage: boolean; rows?: Thing[]; busy?: boolean; error?: string }) {
  return mount(ReferenceTable<Thing>, {
    props: {
      rows: props.rows ?? rows,
      rowKey: 'id',
      rowTestid: (row: Thing) => `thing-${row.id}`,
      columns,
      canManage: props.canManage,
      load: { busy: ref(props.busy ?? false), error: ref(props.error ?? null) },
    },
    attrs: { 'data-testid': 'things-table' },
    slots: { price: ({ row }: { row: Thing }) => h('b', `${row.price} €`) },
  });
}

const cellTexts = (wrapper: ReturnType<typeof mountTable>) =>
  wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()));

describe('ReferenceTable', () => {
  it('when rows are given, then each is a row of its columns, slots filling the cells they name', () => {
    const wrapper = mountTable({ canManage: false });

    expect(wrapper.get('table').attributes('data-testid')).toBe('things-table');
    expect(wrapper.findAll('th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      [t('common.name'), 'col'],
      [t('reference.price'), 'col'],
      [t('catalogue.status'), 'col'],
    ]);
    expect(cellTexts(wrapper)).toEqual([
      ['Anel', '12 €', t('common.active')],
      ['Brinco', '7.5 €', t('common.inactive')],
    ]);
    expect(wrapper.get('[data-testid="thing-b2"] td b').text()).toBe('7.5 €');
  });

  it('when the admin may not manage, then no actions column and no button are shown', () => {
    const wrapper = mountTable({ canManage: false });

    expect(wrapper.text()).not.toContain(t('common.actions'));
    expect(wrapper.findAll('button')).toHaveLength(0);
  });

  it('when the admin may manage, then each row offers edit and delete for that row', async () => {
    const wrapper = mountTable({ canManage: true });
    expect(wrapper.findAll('th').at(-1)?.text()).toBe(t('common.actions'));

    const second = wrapper.get('[data-testid="thing-b2"]');
    expect(second.findAll('button').map((b) => b.text())).toEqual([
      t('common.edit'),
      t('common.delete'),
    ]);
    await second.get('button:not(.danger)').trigger('click');
    await second.get('button.danger').trigger('click');

    expect(wrapper.emitted('edit')).toEqual([[rows[1]]]);
    expect(wrapper.emitted('remove')).toEqual([[rows[1]]]);
  });

  it('when the list is loading or failed to load, then that is said and an empty list has no table', () => {
    const wrapper = mountTable({ canManage: true, rows: [], busy: true, error: 'server down' });

    expect(wrapper.get('[role="status"]').text()).toBe(t('common.loading'));
    expect(wrapper.get('[role="alert"]').text()).toBe('server down');
    expect(wrapper.find('table').exists()).toBe(false);
  });
});
