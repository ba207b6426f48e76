import { mount } from '@vue/test-utils';
import { h } from 'vue';
import DataTable from './DataTable.vue';

interface Ring {
  id: string;
  name: string;
  grams: number;
}
const rings: Ring[] = [
  { id: 'a', name: 'Aliança', grams: 4 },
  { id: 'b', name: 'Solitário', grams: 3 },
];
const columns = [
  { key: 'name', label: 'Name' },
  { key: 'grams', label: 'Weight' },
];

function mountTable(props: Partial<{ rows: Ring[]; busy: boolean; error: string }> = {}) {
  return mount(DataTable<Ring>, {
    props: {
      rows: props.rows ?? rings,
      rowKey: 'id',
      columns,
      busy: props.busy ?? false,
      error: props.error ?? null,
      loadingLabel: 'Loading',
      emptyText: 'Nothing here',
      actionsLabel: 'Actions',
      rowTestid: (row: Ring) => `ring-${row.id}`,
    },
    attrs: { 'data-testid': 'rings' },
    slots: {
      grams: ({ row }: { row: Ring }) => h('b', `${row.grams} g`),
      actions: ({ row }: { row: Ring }) => h('button', `Edit ${row.name}`),
    },
  });
}

describe('DataTable', () => {
  it('when rows are given, then each is a row whose cells carry their column label for the stacked layout', () => {
    const wrapper = mountTable();

    expect(wrapper.get('table').attributes('data-testid')).toBe('rings');
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['Name', 'Weight', 'Actions']);
    const cells = wrapper.get('[data-testid="ring-b"]').findAll('td');
    expect(cells.map((td) => [td.attributes('data-label'), td.text()])).toEqual([
      ['Name', 'Solitário'],
      ['Weight', '3 g'],
      ['Actions', 'Edit Solitário'],
    ]);
  });

  it('when loading, then only the loading state shows; when loaded empty, then the empty text', async () => {
    const wrapper = mountTable({ busy: true });
    expect(wrapper.get('[role="status"]').text()).toBe('Loading');
    expect(wrapper.find('table').exists()).toBe(false);

    await wrapper.setProps({ busy: false, rows: [] });
    expect(wrapper.find('[role="status"]').exists()).toBe(false);
    expect(wrapper.text()).toBe('Nothing here');
  });

  it('when loading failed, then the error is announced', () => {
    const wrapper = mountTable({ rows: [], error: 'server down' });
    expect(wrapper.get('[role="alert"]').text()).toBe('server down');
  });
});
