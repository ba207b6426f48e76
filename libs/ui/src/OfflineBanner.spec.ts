import { mount } from '@vue/test-utils';
import OfflineBanner from './OfflineBanner.vue';

describe('OfflineBanner', () => {
  it('when the server is reachable, then nothing is shown', () => {
    const wrapper = mount(OfflineBanner, { props: { visible: false, message: 'Offline' } });
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('when the server is unreachable, then an alert shows and retry can be pressed', async () => {
    const wrapper = mount(OfflineBanner, {
      props: { visible: true, message: 'Server unreachable', retryLabel: 'Retry' },
    });
    expect(wrapper.get('[role="alert"]').text()).toContain('Server unreachable');
    await wrapper.get('button').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });
});
