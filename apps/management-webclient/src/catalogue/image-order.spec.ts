import { makeFirst, moveItem, removeAt } from './image-order.js';

describe('image ordering', () => {
  const list = ['a', 'b', 'c', 'd'];

  it('when a picture moves up or down, then only its place changes', () => {
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('when a move would leave the list, then it stops at the edge', () => {
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 3, 5)).toEqual(list);
  });

  it('when a picture is made the main one, then it goes first and the rest keep their order', () => {
    expect(makeFirst(list, 2)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('when a picture is removed, then the others keep their order', () => {
    expect(removeAt(list, 1)).toEqual(['a', 'c', 'd']);
  });

  it('when reordering, then the original list is left untouched', () => {
    moveItem(list, 1, 1);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });
});
